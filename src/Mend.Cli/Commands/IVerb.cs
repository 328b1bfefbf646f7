using Spectre.Console.Cli;

namespace Mend.Cli.Commands;

/// <summary>
/// A <c>mend</c> verb. Each command class registers itself (name, description, examples) so that adding a verb
/// is one class here plus one <c>config.AddVerb&lt;T&gt;()</c> line in <see cref="MendApp"/>.
/// </summary>
public interface IVerb
{
    /// <summary>Adds the verb to the app.</summary>
    static abstract void Register(IConfigurator config);
}
