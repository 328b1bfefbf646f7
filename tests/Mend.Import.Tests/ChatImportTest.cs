namespace Mend.Import.Tests;

public sealed class ChatImportTest
{
    [Fact]
    public void A_file_that_is_no_chat_gets_one_error_naming_line_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mend-not-a-chat-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Dear diary,\nnothing happened today.\n");
        try
        {
            var error = Assert.Throws<ChatImportException>(() => ChatImport.Open(path));
            Assert.Equal(1, error.Line);
            Assert.Contains("line 1: \"Dear diary,\"", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Format_ids_round_trip()
    {
        foreach (var format in ChatFormats.All)
        {
            Assert.True(ChatFormats.TryParse(format.Id().ToUpperInvariant(), out var parsed));
            Assert.Equal(format, parsed);
        }
    }
}
