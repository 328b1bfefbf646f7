using System.Text;
using Mend.Cli.Batch;

namespace Mend.Cli.Tests.Batch;

public class LineReaderTests
{
    [Fact]
    public void Splits_lines_however_the_bytes_arrive()
    {
        var text = "one\r\ntwo\n\nfour\nfive";
        var lines = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk: 1), maxLineBytes: 100);

        Assert.Equal(["one", "two", "", "four", "five"], lines);
    }

    [Fact]
    public void A_line_over_the_byte_limit_is_skipped_and_marked()
    {
        var text = "short\n" + new string('x', 50) + "\nafter";
        var lines = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk: 7), maxLineBytes: 10);

        Assert.Equal(["short", null, "after"], lines);
    }

    [Fact]
    public void Returns_what_it_has_when_the_input_pauses_instead_of_waiting_for_a_full_batch()
    {
        var reader = new LineReader(new TrickleStream(Encoding.UTF8.GetBytes("a\nb\nc\n"), chunk: 2), maxLineBytes: 100);
        var batch = new LineBatch();

        Assert.True(reader.ReadBatch(batch));
        Assert.Equal(1, batch.Count);
        Assert.Equal(1, batch.FirstLine);
        Assert.True(reader.ReadBatch(batch));
        Assert.Equal(2, batch.FirstLine);
    }

    [Fact]
    public void Numbers_lines_across_batches()
    {
        var text = string.Concat(Enumerable.Range(1, LineBatch.MaxLines + 10).Select(i => $"{i}\n"));
        var reader = new LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes: 100);
        var batch = new LineBatch();

        Assert.True(reader.ReadBatch(batch));
        Assert.Equal(LineBatch.MaxLines, batch.Count);
        Assert.True(reader.ReadBatch(batch));
        Assert.Equal(LineBatch.MaxLines + 1, batch.FirstLine);
        Assert.Equal("4097", Encoding.UTF8.GetString(batch.Line(0)));
        Assert.Equal(10, batch.Count);
        Assert.False(reader.ReadBatch(batch));
    }

    private static List<string?> ReadAll(Stream stream, int maxLineBytes)
    {
        var reader = new LineReader(stream, maxLineBytes);
        var batch = new LineBatch();
        var lines = new List<string?>();
        while (reader.ReadBatch(batch))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                lines.Add(batch.IsOversized(i) ? null : Encoding.UTF8.GetString(batch.Line(i)));
            }
        }

        return lines;
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, like a pipe or a person typing.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
