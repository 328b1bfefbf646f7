using System.Reflection;

namespace Mend.Analysis.Tests;

/// <summary>
/// The public surface of Core and Analysis, written out and compared with PublicApi.txt, so that a change to what
/// other code can depend on is always a deliberate one (MEND_UPDATE_SNAPSHOTS=1 rewrites the file).
/// </summary>
public class PublicApiTest
{
    [Fact]
    public void Public_api_is_as_recorded()
    {
        var actual = string.Join('\n', Describe(typeof(MessageLabel).Assembly).Concat(Describe(typeof(AnalysisPipeline).Assembly))) + "\n";
        var path = Path.Combine(SourceDirectory(), "PublicApi.txt");
        if (Environment.GetEnvironmentVariable("MEND_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with MEND_UPDATE_SNAPSHOTS=1.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static IEnumerable<string> Describe(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            yield return $"{Kind(type)} {type.FullName}";
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Select(m => "  " + Member(m))
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                yield return member;
            }
        }
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{ {(p.CanRead ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? "set; " : "")}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        _ => $"{member.MemberType} {member.Name}",
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
