namespace Mend.Import.Readers.Messenger;

/// <summary>Instagram's JSON download of direct messages; see <see cref="MetaReader"/>.</summary>
internal sealed class InstagramReader : MetaReader
{
    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Instagram;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source) => IsMetaExport(source) && LooksLikeInstagram(source);
}
