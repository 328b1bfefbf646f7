using Mend.Chat;

namespace Mend.Import.Readers;

/// <summary>
/// Reads one export format. A reader recognises its format from the content (never only the file name) and
/// streams messages in chronological order without loading the export whole. Anything it skips goes to the
/// diagnostics with its line; input that is not this format at all raises <see cref="ChatImportException"/>
/// naming the first line that failed. No input may make a reader throw anything else.
/// </summary>
internal abstract class ChatReader
{
    /// <summary>The format this reader reads.</summary>
    public abstract ChatFormat Format { get; }

    /// <summary>Whether <paramref name="source"/> looks like this format (from <see cref="ImportSource.Head"/> and entry names).</summary>
    public abstract bool Recognises(ImportSource source);

    /// <summary>Streams the messages of <paramref name="source"/>.</summary>
    public abstract IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics);
}
