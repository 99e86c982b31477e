using System.Text;
using PersianNews.Cli;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
using var stdin = new StandardInput(Console.OpenStandardInput());
int code = Cli.Run(args, stdin, stdout, Console.Error);
stdout.Flush();
return code;
