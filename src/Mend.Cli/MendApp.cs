using System.Reflection;
using Mend.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mend.Cli;

/// <summary>Composes the <c>mend</c> command line: its verbs, help and version.</summary>
public static class MendApp
{
    /// <summary>One line shown at the top of <c>mend --help</c>.</summary>
    public const string Description =
        "Mend checks messages for what helps or harms repair in a relationship. Everything runs on this machine.";

    /// <summary>The version <c>mend --version</c> prints: this assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(MendApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Builds the app writing human output to <paramref name="console"/> and bytes to <paramref name="streams"/>.</summary>
    public static CommandApp Create(IAnsiConsole console, StandardStreams streams)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("mend");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(console);
            config.SetHelpProvider(new MendHelpProvider(config.Settings));
            config.Settings.Registrar.RegisterInstance(streams);

            config.AddVerb<CheckCommand>();
            config.AddVerb<ApologyCommand>();
            config.AddVerb<TriageCommand>();
            config.AddVerb<PlanCommand>();

            config.AddExample("check", "\"you never listen, you're so selfish\"");
            config.AddExample("check", "--json", "\"I'm sorry I forgot your birthday\"");
            config.AddExample("check", "--json", "<", "messages.txt", ">", "results.jsonl");
            config.AddExample("apology", "\"I'm sorry if you were upset that I skipped your work party\"");
            config.AddExample("triage", "\"I promised to help her move and cancelled the night before\"");
            config.AddExample("plan", "\"I lied to her about the money\"", "--attachment", "avoidant");
        });
        return app;
    }

    private static void AddVerb<TVerb>(this IConfigurator config)
        where TVerb : IVerb => TVerb.Register(config);
}
