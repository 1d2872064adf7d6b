// Two collections, each with its own app and Chromium, run side by side: the journeys, and every
// page on its own. The tests inside each run one at a time. The two cores also run the apps and
// the admin command's child processes, so no more than two.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerClass, MaxParallelThreads = 2)]
