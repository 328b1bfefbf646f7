namespace Mend.Web.Hosting;

/// <summary>The <c>Mend</c> configuration section: where data lives, which database, and the rate limits.</summary>
public sealed class MendOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Mend";

    /// <summary>Holds the SQLite file, the Data Protection keys (unless <see cref="KeysDirectory"/> is set) and uploads. Default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (default) or <see cref="DatabaseProvider.Postgres"/> with <c>ConnectionStrings:Mend</c>.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the Data Protection keys live; several instances of the app share one folder. Default <c>{DataDirectory}/keys</c>.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>The largest chat export <c>POST /api/analyze</c> and the import page take, in megabytes. Default 100.</summary>
    public int MaxUploadMegabytes { get; set; } = 100;

    /// <summary>Requests allowed per client and minute.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>The data directory as a full path (relative paths are taken from the current directory).</summary>
    public string DataPath => Path.GetFullPath(DataDirectory);

    /// <summary>The keys directory as a full path.</summary>
    public string KeysPath => Path.GetFullPath(KeysDirectory ?? Path.Combine(DataDirectory, "keys"));
}

/// <summary>The database the app stores accounts and ruptures in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file, <c>{DataDirectory}/mend.db</c>, created on first run.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by <c>ConnectionStrings:Mend</c>; for a shared server or several instances.</summary>
    Postgres,
}

/// <summary>Requests allowed per client (the signed-in user, else the remote address) in each minute; 0 turns a limit off.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in and registration attempts per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Message checks (API and check-as-you-type) per minute.</summary>
    public int AnalysisPerMinute { get; set; } = 300;
}
