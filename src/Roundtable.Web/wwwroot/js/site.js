// The design system's script is cached for a year under an address that changes with its
// content; the layout names that address (and preloads it), since an import here could not.
const { initAll } = await import(document.getElementById('nhsuk-frontend-script').href);

initAll();
