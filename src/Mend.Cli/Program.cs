using Mend.Cli;
using Spectre.Console;

// mend: checks chat messages for relationship-repair labels, entirely on this machine.
// Verbs live in Commands/, one class each; MendApp wires them up. Human output goes through Spectre's
// console, JSON through the raw standard output stream, progress only ever to standard error.
var app = MendApp.Create(AnsiConsole.Console, StandardStreams.FromProcess());
return await app.RunAsync(args);
