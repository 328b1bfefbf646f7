using System.Runtime.CompilerServices;

namespace Mend.Web.Tests.Infrastructure;

/// <summary>
/// Settings for the whole test process. The tests start hundreds of app instances; each would otherwise watch its
/// configuration files and content folders with inotify, and Linux allows a user only 128 inotify instances, so
/// later instances would fail to start. The apps under test never need to reload a changed file.
/// </summary>
internal static class TestProcess
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
