using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Mend.Cli;

/// <summary>Spectre's help, with a one-line description of Mend above the root usage.</summary>
internal sealed class MendHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetHeader(ICommandModel model, ICommandInfo? command)
    {
        if (command is null)
        {
            return [new Text(MendApp.Description), Text.NewLine, Text.NewLine];
        }

        return base.GetHeader(model, command);
    }
}
