// The sample's entry point: runs the plugins of the folder given (default: the plugins folder next
// to this file) against a small shop, and prints what they did. The work is in PluginHost.cs, which
// the test suite also compiles and runs (HostingDocTests.SampleHost_RunsItsPlugins).
var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "plugins");
return DlrClosures.Samples.PluginHost.Run(folder, Console.Out);
