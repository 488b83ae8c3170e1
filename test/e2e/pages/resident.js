// One widget at the top of the page, with the attributes of the query string
// (resident.html?commune=59658&lang=ar), as a webmaster would paste it.
const widget = document.createElement('vif-help');
for (const [name, value] of new URLSearchParams(location.search)) widget.setAttribute(name, value);
document.body.append(widget);
