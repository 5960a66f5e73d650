using Digest.Cli;

return await DigestApp.RunAsync(args, Console.Out, Console.Error);
