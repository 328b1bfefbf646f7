using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Mend.Reports;

/// <summary>HTML encoding for every text that comes from a chat (names, messages) or from Mend.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
