using Mend.Chat;

namespace Mend.Import.Readers;

/// <summary>
/// The safety net every reader of this folder streams through. A broken tail (a truncated download, a file cut off
/// mid-record) becomes one diagnostic once messages have been read, so nothing already read is lost; before the
/// first message it stays a <see cref="ChatImportException"/>: the input is not this format. Any other exception
/// (a corrupt zip stream, an I/O error) is turned into a <see cref="ChatImportException"/> so callers need to handle
/// one type only. An input in which not one message could be read, but entries were skipped, is not this format
/// (typically a wrong <c>--format</c>): it fails naming the first entry skipped.
/// </summary>
internal static class ReaderGuard
{
    /// <summary>Streams <paramref name="messages"/>, applying the rules above.</summary>
    public static IEnumerable<ChatMessage> Guard(IEnumerable<ChatMessage> messages, ImportDiagnostics diagnostics, string name, ChatFormat format)
    {
        using var enumerator = Start(messages, name);
        var read = 0L;
        while (true)
        {
            ChatMessage message;
            try
            {
                if (!enumerator.MoveNext())
                {
                    if (read == 0 && diagnostics.Issues.Count > 0)
                    {
                        var first = diagnostics.Issues[0];
                        throw new ChatImportException(
                            $"{name} holds no message that could be read as {format.Id()}: line {first.Line}: {first.Reason}.", first.Line);
                    }

                    yield break;
                }

                message = enumerator.Current;
            }
            catch (ChatImportException e) when (read > 0)
            {
                diagnostics.Skip(e.Line, $"{e.Message} The rest of the file could not be read.");
                yield break;
            }
            catch (Exception e) when (e is not ChatImportException)
            {
                var error = new ChatImportException($"{name} could not be read: {e.Message}", 0, e);
                if (read == 0)
                {
                    throw error;
                }

                diagnostics.Skip(0, $"{error.Message} The rest of the file could not be read.");
                yield break;
            }

            read++;
            yield return message;
        }
    }

    private static IEnumerator<ChatMessage> Start(IEnumerable<ChatMessage> messages, string name)
    {
        try
        {
            return messages.GetEnumerator();
        }
        catch (Exception e) when (e is not ChatImportException)
        {
            throw new ChatImportException($"{name} could not be read: {e.Message}", 0, e);
        }
    }
}
