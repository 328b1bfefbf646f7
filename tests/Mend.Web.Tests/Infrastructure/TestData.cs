namespace Mend.Web.Tests.Infrastructure;

/// <summary>A throwaway data directory (and, for PostgreSQL, a throwaway database) for one app under test.</summary>
internal sealed class TestData : IDisposable
{
    public TestData(DatabaseProvider provider)
    {
        Provider = provider;
        Directory = System.IO.Directory.CreateTempSubdirectory("mend-web-test-").FullName;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = new Npgsql.NpgsqlConnectionStringBuilder(Services.Postgres())
            {
                Database = "mend_test_" + Guid.NewGuid().ToString("N")[..12],
            };
            ConnectionString = server.ConnectionString;
        }
    }

    public DatabaseProvider Provider { get; }

    public string Directory { get; }

    public string? ConnectionString { get; }

    /// <summary>The settings that point an app at this data.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new("Mend:DataDirectory", Directory);
        yield return new("Mend:Database", Provider.ToString());
        if (ConnectionString is not null)
        {
            yield return new("ConnectionStrings:Mend", ConnectionString);
        }
    }

    public void Dispose()
    {
        if (ConnectionString is not null)
        {
            DropDatabase(ConnectionString);
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow shutdown: the temp folder is cleaned by the system
        }
    }

    private static void DropDatabase(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
