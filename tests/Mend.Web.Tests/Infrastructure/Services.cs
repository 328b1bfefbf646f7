namespace Mend.Web.Tests.Infrastructure;

/// <summary>
/// The outside services some tests need: PostgreSQL (<c>MEND_POSTGRES</c>, a connection string to a server where
/// tests may create databases) and Chromium (<c>MEND_CHROMIUM</c>, default <c>/usr/bin/chromium</c>). A missing
/// service skips the test with the reason, unless <c>MEND_REQUIRE_SERVICES=1</c>, where it fails.
/// </summary>
internal static class Services
{
    private static bool Required => Environment.GetEnvironmentVariable("MEND_REQUIRE_SERVICES") == "1";

    /// <summary>The PostgreSQL connection string, or skips.</summary>
    public static string Postgres() =>
        Environment.GetEnvironmentVariable("MEND_POSTGRES") is { Length: > 0 } connection
            ? connection
            : Missing("PostgreSQL tests need MEND_POSTGRES (a connection string to a server where the tests may create databases).");

    /// <summary>The Chromium executable, or skips.</summary>
    public static string Chromium()
    {
        var path = Environment.GetEnvironmentVariable("MEND_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path) ? path : Missing($"Browser tests need Chromium at {path} (set MEND_CHROMIUM).");
    }

    private static string Missing(string reason)
    {
        if (Required)
        {
            Assert.Fail(reason + " MEND_REQUIRE_SERVICES=1 turns this skip into a failure.");
        }

        Assert.Skip(reason);
        return "";
    }
}
