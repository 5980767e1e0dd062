// A dashboard widget that shows live events for one channel at a time.

const MAX_ITEMS = 200;

export class ChannelFeed {
  constructor(root, baseUrl) {
    this.root = root;
    this.baseUrl = baseUrl;
    this.items = [];
    this.channel = null;
    this.source = null;
    this.status = root.querySelector(".feed-status");
    this.list = root.querySelector(".feed-items");
  }

  switchTo(channel) {
    if (channel === this.channel) return;
    this.channel = channel;
    this.items = [];
    this.render();
    const url = `${this.baseUrl}/channels/${encodeURIComponent(channel)}/events`;
    this.source = new EventSource(url, { withCredentials: true });
    this.source.addEventListener("open", () => this.setStatus("live"));
    this.source.addEventListener("error", () => this.setStatus("reconnecting"));
    this.source.addEventListener("message", (event) => this.receive(event));
  }

  receive(event) {
    let item;
    try {
      item = JSON.parse(event.data);
    } catch {
      return;
    }
    this.items.unshift(item);
    if (this.items.length > MAX_ITEMS) this.items.length = MAX_ITEMS;
    this.render();
  }

  setStatus(text) {
    this.status.textContent = text;
  }

  render() {
    const doc = this.list.ownerDocument;
    const rows = this.items.map((item) => {
      const li = doc.createElement("li");
      const time = doc.createElement("time");
      time.textContent = item.at;
      li.append(time, " ", String(item.text));
      return li;
    });
    this.list.replaceChildren(...rows);
  }
}

export function mountFeeds(doc, baseUrl) {
  const feeds = [];
  for (const root of doc.querySelectorAll("[data-feed]")) {
    const feed = new ChannelFeed(root, baseUrl);
    const picker = root.querySelector("select.channel");
    picker.addEventListener("change", () => feed.switchTo(picker.value));
    feed.switchTo(picker.value);
    feeds.push(feed);
  }
  return feeds;
}
