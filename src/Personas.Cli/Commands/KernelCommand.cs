using System.CommandLine;
using Personas.Cli.Options;
using Personas.Kernel;

namespace Personas.Cli.Commands;

/// <summary><c>personas kernel install|uninstall|list|run</c>: the C# (Personas) Jupyter kernel.</summary>
internal sealed class KernelCommand
{
    private readonly Option<bool> _user = CliOptions.Flag("--user", "the user's Jupyter data folder (~/.local/share/jupyter on Linux; JUPYTER_DATA_DIR when set), where the kernelspec goes when no place is given");
    private readonly Option<bool> _sysPrefix = CliOptions.Flag("--sys-prefix", "the active Python environment's share/jupyter (VIRTUAL_ENV, CONDA_PREFIX, or the environment of 'jupyter' on PATH)");
    private readonly Option<string?> _prefix = CliOptions.Text("--prefix", "DIR/share/jupyter/kernels/NAME, as 'jupyter kernelspec install --prefix' does", "DIR", "none");
    private readonly Option<string?> _name = CliOptions.Text("--name", "the kernelspec name (the notebooks name 'personas')", "NAME", KernelSpecs.DefaultName);
    private readonly Option<string> _connectionFile = CliOptions.Required("--connection-file", "the connection file the Jupyter front end wrote (its ports and signing key)", "FILE");

    /// <summary>The command group.</summary>
    public Command Create(CliContext ctx)
    {
        var install = new Command("install", "Install the kernelspec that makes JupyterLab, Jupyter Notebook and VS Code offer \"C# (Personas)\"; it starts this installation of personas. No Python is needed.");
        var uninstall = new Command("uninstall", "Remove a kernelspec that 'personas kernel install' wrote (from the given place, or the one Jupyter would use).");
        foreach (var command in new[] { install, uninstall })
        {
            foreach (var o in new Option[] { _user, _sysPrefix, _prefix, _name })
            {
                command.Options.Add(o);
            }
        }

        install.SetAction(r => Install(r, ctx));
        uninstall.SetAction(r => Uninstall(r, ctx));
        var list = new Command("list", "List the kernelspecs Jupyter finds (JUPYTER_PATH, the user's, the Python environment's, the system's), marking the Personas ones.");
        list.SetAction(_ =>
        {
            KernelCommands.List(ctx.Out);
            return ExitCodes.Ok;
        });
        var run = new Command("run", "Run the kernel (Jupyter starts this through the kernelspec; a notebook runs arbitrary C# with your rights).");
        run.Options.Add(_connectionFile);
        run.SetAction(r =>
        {
            var file = InputFiles.Require(r.GetValue(_connectionFile)!, "--connection-file");

            // For a kernel, Ctrl+C (SIGINT) interrupts the running cell, as Jupyter's "signal" interrupts do: it must not
            // end the kernel, so the command's own cancellation (Ctrl+C or SIGTERM) is not passed on; SIGTERM stops it.
            using var stop = new CancellationTokenSource();
            using var sigterm = OperatingSystem.IsWindows() ? null : System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
            {
                c.Cancel = true;
                stop.Cancel();
            });
            KernelCommands.RunAsync(file, ctx.Error, stop.Token).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });

        var group = new Command("kernel", "The C# (Personas) Jupyter kernel: install its kernelspec, list, uninstall, run.");
        foreach (var c in new[] { install, uninstall, list, run })
        {
            group.Subcommands.Add(c);
        }

        return group;
    }

    private (KernelSpecScope? Scope, string? Prefix) Place(ParseResult r)
    {
        var prefix = r.GetValue(_prefix);
        var chosen = new[] { r.GetValue(_user) ? "--user" : null, r.GetValue(_sysPrefix) ? "--sys-prefix" : null, prefix is null ? null : "--prefix" }.OfType<string>().ToArray();
        if (chosen.Length > 1)
        {
            throw new UsageException($"options {string.Join(" and ", chosen)}: choose one place");
        }

        return chosen.FirstOrDefault() switch
        {
            "--user" => (KernelSpecScope.User, null),
            "--sys-prefix" => (KernelSpecScope.SysPrefix, null),
            "--prefix" => (KernelSpecScope.Prefix, prefix),
            _ => (null, null),
        };
    }

    private int Install(ParseResult r, CliContext ctx)
    {
        var (scope, prefix) = Place(r);
        var options = new KernelInstallOptions { Name = r.GetValue(_name) ?? KernelSpecs.DefaultName, Scope = scope ?? KernelSpecScope.User, Prefix = prefix };
        Guard(() => KernelCommands.Install(options, ctx.Out));
        return ExitCodes.Ok;
    }

    private int Uninstall(ParseResult r, CliContext ctx)
    {
        var (scope, prefix) = Place(r);
        var removed = false;
        Guard(() => removed = KernelCommands.Uninstall(r.GetValue(_name) ?? KernelSpecs.DefaultName, scope, prefix, ctx.Out));
        return removed ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>A bad name is a usage error; a missing Python environment or a foreign kernelspec is an input problem (exit 1).</summary>
    private static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e) when (e is not OptionValueException)
        {
            throw new UsageException(e.Message);
        }
        catch (InvalidOperationException e)
        {
            throw new CliInputException(e.Message);
        }
    }
}
