return Personas.Cli.CliApp.Run(args, Console.Out, Console.Error);
