namespace Mend.Import.Readers.Messenger;

/// <summary>Facebook Messenger's JSON download; see <see cref="MetaReader"/>. The default for Meta downloads that do not show Instagram.</summary>
internal sealed class MessengerReader : MetaReader
{
    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Messenger;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source) => IsMetaExport(source);
}
