using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Personas.DuckDB.Tests.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for the tests: <c>initdb</c> a cluster in a temporary folder, <c>pg_ctl start</c> on a
/// free localhost port, stopped and deleted when the test collection ends. Run as the <c>postgres</c> user when the
/// tests run as root (initdb refuses root). Debian's <c>postgresql</c> package provides the binaries; .ci/run installs it.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    private readonly bool _asPostgres;

    private readonly Lazy<string> _connection;

    public PostgresServer()
    {
        _bin = BinFolder() ?? string.Empty;
        _dir = Path.Combine(Path.GetTempPath(), "personas-pg-" + Guid.NewGuid().ToString("N")[..12]);
        _asPostgres = Environment.UserName == "root";
        _connection = new Lazy<string>(Start);
    }

    /// <summary>The connection string; the server starts on first use.</summary>
    public string ConnectionString => _connection.Value;

    private string Start()
    {
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException(PostgresFactAttribute.MissingReason);
        }

        Directory.CreateDirectory(_dir);
        if (_asPostgres)
        {
            Run("chown", ["-R", "postgres:postgres", _dir], asPostgres: false);
        }

        var data = Path.Combine(_dir, "data");
        Run(Path.Combine(_bin, "initdb"), ["-D", data, "-A", "trust", "-U", "personas", "-E", "UTF8", "--locale=C", "--no-sync"]);
        var port = FreePort();
        var options = $"-p {port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60", "start"]);
        return $"Host=127.0.0.1;Port={port};Username=personas;Database=postgres;Pooling=false;Command Timeout=600";
    }

    /// <summary>The folder of initdb and pg_ctl (Debian's /usr/lib/postgresql/N/bin, newest first), or null on a
    /// machine without PostgreSQL (a user's clone: the PostgreSQL half of a test is then left out). In CI (<c>CI=true</c>,
    /// where <c>.ci/run</c> installs Debian's postgresql) a missing server fails the test instead.</summary>
    public static string? BinFolder()
    {
        var bin = FindBinFolder();
        if (bin is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("PostgreSQL's initdb and pg_ctl were not found under /usr/lib/postgresql: .ci/run installs Debian's postgresql package; the SQL parity tests must run against it in CI.");
        }

        return bin;
    }

    private static string? FindBinFolder()
    {
        const string Root = "/usr/lib/postgresql";
        if (Directory.Exists(Root))
        {
            foreach (var version in Directory.GetDirectories(Root).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            {
                var bin = Path.Combine(version, "bin");
                if (File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                {
                    return bin;
                }
            }
        }

        return null;
    }

    public NpgsqlConnection Open()
    {
        var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        return c;
    }

    public void Dispose()
    {
        if (!_connection.IsValueCreated)
        {
            return;
        }

        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private void Run(string program, string[] args, bool? asPostgres = null)
    {
        var psi = new ProcessStartInfo(asPostgres ?? _asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres ?? _asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                psi.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 120 s");
        }

        if (p.ExitCode != 0)
        {
            var log = Path.Combine(_dir, "server.log");
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({p.ExitCode}): {stdout.Result} {stderr.Result} {(File.Exists(log) ? File.ReadAllText(log) : string.Empty)}");
        }
    }
}

/// <summary>A fact that needs a PostgreSQL installation; skips with the reason when it is absent.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string MissingReason = "needs PostgreSQL's initdb and pg_ctl under /usr/lib/postgresql/N/bin (apt-get install -y postgresql; .ci/run installs it)";

    public PostgresFactAttribute(string? sharedData = null)
    {
        if (PostgresServer.BinFolder() is null)
        {
            Skip = MissingReason;
        }
        else if (sharedData is not null && !File.Exists(Paths.Shared(sharedData)))
        {
            Skip = $"needs ../shared/datasets/{sharedData}, which is not present (it is in CI; a user's clone has no ../shared)";
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
