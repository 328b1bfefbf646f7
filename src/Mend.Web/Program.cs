using Mend.Web.Hosting;

var app = MendWebApp.Build(args);
app.Run();

/// <summary>The entry point of the Mend web app; see <see cref="MendWebApp"/> for what it composes.</summary>
public partial class Program;
