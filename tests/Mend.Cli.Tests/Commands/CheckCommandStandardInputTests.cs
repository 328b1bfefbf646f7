using System.Text;
using System.Text.Json;

namespace Mend.Cli.Tests.Commands;

/// <summary><c>mend check</c> without TEXT: JSON lines in order, bad lines reported, the run never stops early.</summary>
public class CheckCommandStandardInputTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("check", "--json")]
    public async Task Writes_one_object_per_line_in_input_order(params string[] args)
    {
        var messages = Enumerable.Range(0, 5_000).Select(i => (i % 3) switch
        {
            0 => $"see you at {i}",
            1 => $"you never listen, you're so selfish #{i}",
            _ => $"I'm sorry I forgot your birthday #{i}",
        }).ToArray();

        var run = await MendRun.Start(args, Utf8(string.Join('\n', messages) + "\n"), interactiveError: false);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = run.OutputLines;
        Assert.Equal(messages.Length, lines.Length);
        for (var i = 0; i < messages.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.Equal(messages[i], json.RootElement.GetProperty("text").GetString());
        }

        Assert.Contains("\"labels\":[\"criticism\",\"generalization\"]", lines[1]);
        Assert.Contains("\"labels\":[\"apology\"]", lines[2]);
    }

    [Fact]
    public async Task Bad_lines_become_error_objects_and_later_lines_are_still_checked()
    {
        var input = new MemoryStream();
        input.Write(Utf8("see you at 7\n"));
        input.Write(Utf8("\n"));                                   // 2: empty
        input.Write([0x68, 0x69, 0xFF, 0xFE, 0x0A]);               // 3: invalid UTF-8
        input.Write(Utf8(new string('a', 10_001) + "\n"));         // 4: one character too many
        input.Write(Utf8(new string('é', 10_001) + "\n"));         // 5: too many characters in fewer than 30,000 bytes
        input.Write(Utf8(new string('b', 2_000_000) + "\n"));      // 6: a huge line, skipped without holding it
        input.Write([0xED, 0xA0, 0x80, 0x0A]);                     // 7: an encoded surrogate is not UTF-8
        input.Write(Utf8(new string('c', 10_000) + "\n"));         // 8: exactly at the limit
        input.Write(Utf8("I'm sorry I forgot your birthday\r\n")); // 9: CRLF
        input.Write(Utf8("last line without a newline"));          // 10

        var run = await MendRun.Start(["check"], input.ToArray(), interactiveError: false);

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Equal(10, lines.Length);
        Assert.Equal("see you at 7", Text(lines[0]));
        Assert.Equal("{\"text\":\"\",\"labels\":[],\"findings\":[],\"safety\":null}", lines[1]);
        Assert.Equal("{\"line\":3,\"error\":\"invalid UTF-8\"}", lines[2]);
        Assert.Equal("{\"line\":4,\"error\":\"line longer than 10000 characters\"}", lines[3]);
        Assert.Equal("{\"line\":5,\"error\":\"line longer than 10000 characters\"}", lines[4]);
        Assert.Equal("{\"line\":6,\"error\":\"line longer than 10000 characters\"}", lines[5]);
        Assert.Equal("{\"line\":7,\"error\":\"invalid UTF-8\"}", lines[6]);
        Assert.Equal(new string('c', 10_000), Text(lines[7]));
        Assert.Equal("I'm sorry I forgot your birthday", Text(lines[8]));
        Assert.Contains("\"apology\"", lines[8]);
        Assert.Equal("last line without a newline", Text(lines[9]));
    }

    [Fact]
    public async Task Empty_input_gives_empty_output()
    {
        var run = await MendRun.Start(["check"], [], interactiveError: false);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_byte_order_mark_at_the_start_is_not_part_of_the_message()
    {
        var run = await MendRun.Start(["check"], [0xEF, 0xBB, 0xBF, .. Utf8("see you at 7\n")], interactiveError: false);

        Assert.Equal("see you at 7", Text(Assert.Single(run.OutputLines)));
    }

    [Fact]
    public async Task On_a_terminal_the_summary_goes_to_standard_error_and_counts_errors()
    {
        byte[] input = [.. Utf8("see you at 7\n"), 0xFF, 0x0A, .. Utf8("I'm sorry I forgot your birthday\n")];

        var run = await MendRun.Start(["check"], input, interactiveError: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.OutputLines.Length);
        Assert.All(run.OutputLines, l => JsonDocument.Parse(l).Dispose());
        Assert.Contains("Checked 3 lines", run.Error);
        Assert.Contains("1 line could not be checked", run.Error);
        Assert.DoesNotContain("Checked", run.OutputText);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Text(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("text").GetString();
    }
}
