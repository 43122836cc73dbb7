using System;
using System.IO;
using System.Text;
using System.Threading;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>
/// Writes a file through a temporary file and a rename, so that a reader in another build process
/// (a parallel project, another target framework) sees either the old or the new content, never half.
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string content)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
#if NET
                File.Move(temporary, full, overwrite: true);
#else
                if (File.Exists(full))
                {
                    File.Replace(temporary, full, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(temporary, full);
                }
#endif
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                // Another process has the file open (Windows) or created it first; try again.
                Thread.Sleep(50 * attempt);
            }
        }
    }
}
