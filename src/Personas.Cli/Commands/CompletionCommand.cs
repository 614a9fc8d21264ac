using System.CommandLine;

namespace Personas.Cli.Commands;

/// <summary><c>personas completion bash|zsh|pwsh</c>: prints a shell script that completes commands and options via System.CommandLine's suggest directive.</summary>
internal sealed class CompletionCommand
{
    private readonly Argument<string> _shell = new Argument<string>("SHELL") { Description = "bash, zsh or pwsh" }.AcceptOnlyFromAmong("bash", "zsh", "pwsh");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("completion", "Print a shell completion script. Enable it with: bash: eval \"$(personas completion bash)\" in ~/.bashrc; zsh: eval \"$(personas completion zsh)\" in ~/.zshrc; PowerShell: personas completion pwsh | Out-String | Invoke-Expression in $PROFILE.");
        command.Arguments.Add(_shell);
        command.SetAction(r =>
        {
            ctx.Out.Write(Script(r.GetValue(_shell)!));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The completion script for a shell.</summary>
    internal static string Script(string shell) => shell switch
    {
        "bash" => """
            # personas completion for bash: eval "$(personas completion bash)"
            _personas_complete() {
              local IFS=$'\n'
              COMPREPLY=( $(personas "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) )
            }
            complete -o default -F _personas_complete personas

            """,
        "zsh" => """
            # personas completion for zsh: eval "$(personas completion zsh)"
            _personas_complete() {
              local -a items
              items=("${(@f)$(personas "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
              compadd -a items
            }
            compdef _personas_complete personas

            """,
        _ => """
            # personas completion for PowerShell: personas completion pwsh | Out-String | Invoke-Expression
            Register-ArgumentCompleter -Native -CommandName personas -ScriptBlock {
              param($wordToComplete, $commandAst, $cursorPosition)
              personas "[suggest:$cursorPosition]" "$commandAst" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
              }
            }

            """,
    };
}
