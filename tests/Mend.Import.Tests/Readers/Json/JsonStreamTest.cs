using System.Text;
using System.Text.Json;
using Mend.Import.Readers.Json;

namespace Mend.Import.Tests.Readers.Json;

public sealed class JsonStreamTest
{
    [Fact]
    public void Elements_are_read_whole_across_refills_with_their_lines()
    {
        var json = new StringBuilder("\uFEFF{\n \"messages\": [\n");
        for (var i = 0; i < 5_000; i++)
        {
            json.Append(i == 0 ? "  " : " ,").Append("{\"n\": ").Append(i).Append(", \"text\": \"").Append('x', i % 97).Append("\"}\n");
        }

        json.Append(" ]\n}\n");
        using var stream = Open(json.ToString());
        stream.Read();
        stream.Read();
        Assert.Equal(("messages", 2L), (stream.Text, stream.Line));
        stream.Read();

        var count = 0;
        while (stream.TryReadElement(out var element, out var line))
        {
            using (element)
            {
                Assert.Equal(count, element!.RootElement.GetProperty("n").GetInt32());
                Assert.Equal(count % 97, element.RootElement.GetProperty("text").GetString()!.Length);
                Assert.Equal(count + 3, line);
            }

            count++;
        }

        Assert.Equal(5_000, count);
        Assert.Equal(JsonTokenType.EndArray, stream.TokenType);
        Assert.Equal(5_003, stream.Line);
    }

    [Fact]
    public void An_element_larger_than_the_buffer_grows_it()
    {
        var text = new string('y', 300_000);
        using var stream = Open($"[{{\"text\": \"{text}\"}}, {{\"text\": \"short\"}}]");
        stream.Read();

        Assert.True(stream.TryReadElement(out var first, out _));
        using (first)
        {
            Assert.Equal(text, first!.RootElement.GetProperty("text").GetString());
        }

        Assert.True(stream.TryReadElement(out var second, out _));
        using (second)
        {
            Assert.Equal("short", second!.RootElement.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void An_element_over_the_limit_is_skipped_and_the_next_one_read()
    {
        var part = "\"" + new string('z', 1 << 20) + "\"";
        var parts = string.Join(", ", Enumerable.Repeat(part, 20));
        using var stream = Open($"[{{\"text\": \"a\", \"parts\": [{parts}]}},\n{{\"text\": \"after\"}}]");
        stream.Read();

        Assert.True(stream.TryReadElement(out var skipped, out var line));
        Assert.Null(skipped);
        Assert.Equal(1, line);
        Assert.True(stream.TryReadElement(out var next, out var nextLine));
        using (next)
        {
            Assert.Equal("after", next!.RootElement.GetProperty("text").GetString());
        }

        Assert.Equal(2, nextLine);
    }

    [Fact]
    public void A_single_string_over_the_limit_is_an_error()
    {
        using var stream = Open($"{{\"name\": \"{new string('q', JsonStream.MaxElementBytes + 10)}\"}}");
        stream.Read();
        stream.Read();

        var error = Assert.Throws<ChatImportException>(() => stream.Read());
        Assert.Contains("longer than 16 MB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\": [1, 2,\n", "cut off")]
    [InlineData("{\"a\": [1, 2]]\n\n{", "not valid JSON at line 1")]
    [InlineData("{\n\"a\": tru\n, \"b\": 1}", "not valid JSON at line 2")]
    public void Malformed_json_names_its_line(string json, string expected)
    {
        using var stream = Open(json);
        var error = Assert.Throws<ChatImportException>(() =>
        {
            while (stream.Read())
            {
            }
        });
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static JsonStream Open(string json) => new(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");
}
