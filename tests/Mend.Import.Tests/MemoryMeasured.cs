namespace Mend.Import.Tests;

/// <summary>
/// Tests that read the process's heap size (<see cref="GC.GetTotalMemory(bool)"/>) run alone: other tests running
/// beside them would allocate into the same heap and make the measure mean nothing.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasured
{
    /// <summary>The collection's name.</summary>
    public const string Name = "memory measured";
}
