// Two cores run the app, Chromium and the admin command's child processes: one collection at a
// time keeps timings steady enough that waits never race the machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
