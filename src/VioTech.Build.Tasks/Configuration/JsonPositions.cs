using System;
using System.Text;

namespace VioTech.Build.Tasks.Configuration;

/// <summary>Maps positions that System.Text.Json gives in bytes to one-based lines and character columns.</summary>
internal sealed class JsonPositions
{
    private readonly byte[] utf8;
    private readonly int[] lineStarts;

    public JsonPositions(byte[] utf8, int offset)
    {
        this.utf8 = utf8;
        var starts = new System.Collections.Generic.List<int> { offset };
        for (var index = offset; index < utf8.Length; index++)
        {
            if (utf8[index] == (byte)'\n')
            {
                starts.Add(index + 1);
            }
        }

        lineStarts = starts.ToArray();
    }

    /// <summary>Returns the line and column of a zero-based line and byte position in that line, as JsonException reports them.</summary>
    public (int Line, int Column) FromLineAndBytePosition(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Min(Math.Max(zeroBasedLine, 0), lineStarts.Length - 1);
        var start = lineStarts[line];
        var length = (int)Math.Min(Math.Max(bytePositionInLine, 0), utf8.Length - start);
        return (line + 1, CharacterCount(start, length) + 1);
    }

    /// <summary>Returns the line and column of an absolute byte offset.</summary>
    public (int Line, int Column) FromOffset(long offset)
    {
        var position = (int)Math.Min(Math.Max(offset, 0), utf8.Length);
        var line = Array.BinarySearch(lineStarts, position);
        if (line < 0)
        {
            line = ~line - 1;
        }

        line = Math.Max(line, 0);
        return (line + 1, CharacterCount(lineStarts[line], position - lineStarts[line]) + 1);
    }

    private int CharacterCount(int start, int length)
    {
        // Invalid UTF-8 decodes to replacement characters, one a byte sequence, which keeps columns close.
        return Encoding.UTF8.GetCharCount(utf8, start, length);
    }
}
