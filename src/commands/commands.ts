// Function file of the ribbon (commands.html, the manifest's FunctionFile). The ribbon's only
// button today opens the task pane (a ShowTaskpane action, which needs no code here); the sync
// command of the ribbon will be registered here with Office.actions.associate and call the same
// sync entry point as the task pane.

if (typeof Office !== "undefined") {
  void Office.onReady();
}

export {};
