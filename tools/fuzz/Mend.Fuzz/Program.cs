using System.Globalization;
using Mend.Fuzz;
using SharpFuzz;

// Fuzzing of every chat reader through ChatImport.Open (see tools/fuzz.sh).
//   Mend.Fuzz                                  under afl-fuzz (SharpFuzz, out of process): one input per run
//   Mend.Fuzz --seeds DIR                      write a seed per fixture and format selector into DIR
//   Mend.Fuzz --mutate SECONDS SEEDS CRASHES   no afl-fuzz: a time-boxed random mutation loop over the seeds
//   Mend.Fuzz --run FILE...                    run inputs once and print what escapes (to reproduce a crash)
switch (args)
{
    case []:
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;

    case ["--seeds", var directory, .. var fixtures]:
        return Seeds.Write(directory, fixtures);

    case ["--mutate", var seconds, var seeds, var crashes]:
        return Mutation.Run(TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)), seeds, crashes);

    case ["--run", .. var files]:
        var failed = 0;
        foreach (var file in files)
        {
            var input = File.ReadAllBytes(file);
            try
            {
                FuzzTarget.Run(input);
                Console.WriteLine($"ok     {file}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                Console.WriteLine($"CRASH  {file}: {FuzzTarget.Describe(input)}\n{e}");
            }
        }

        return failed == 0 ? 0 : 1;

    default:
        Console.Error.WriteLine("usage: Mend.Fuzz [--seeds DIR FIXTURE-DIR... | --mutate SECONDS SEEDS CRASHES | --run FILE...]");
        return 2;
}
