using LongTriangle.Cli;
using LongTriangle.Cli.Commands;

var tool = new Tool([new ConvertCommand(), new CollateCommand(), new BuildCommand(), new ServeCommand(), new CheckCommand(), new TranslationsCommand()]);
return tool.Run(args, new CommandContext(Environment.CurrentDirectory, Console.Out, Console.Error, Verbose: false));
