using System.IO;

namespace VioTech.Build.Tasks.Infrastructure;

/// <summary>Byte-level helpers shared by the readers of settings, <c>.env</c> and YAML files.</summary>
internal static class TextFiles
{
    /// <summary>Files larger than this are not parsed; the task reports VIO4000 for them instead of spending the build on them.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    public static bool HasUtf8Bom(byte[] content) =>
        content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF;

    public static bool IsBlank(byte[] content, int offset)
    {
        for (var index = offset; index < content.Length; index++)
        {
            if (content[index] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a file, or returns null when it is larger than <see cref="MaxFileBytes"/>.</summary>
    public static byte[]? ReadWithinLimit(string path, out long length)
    {
        length = new FileInfo(path).Length;
        return length > MaxFileBytes ? null : File.ReadAllBytes(path);
    }
}
