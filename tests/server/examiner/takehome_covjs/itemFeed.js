// Loads the shop's item feed into the page and keeps the list and the counter in step.
const FEED_URL = "/api/feed";

function formatPrice(cents, currency) {
  const amount = (cents / 100).toFixed(2);
  return currency === "EUR" ? `${amount} €` : `$${amount}`;
}

function itemRow(item, currency) {
  const li = document.createElement("li");
  li.className = item.inStock ? "item" : "item item--out";
  const name = document.createElement("span");
  name.textContent = item.name;
  const price = document.createElement("span");
  price.className = "price";
  price.textContent = formatPrice(item.priceCents, currency);
  li.append(name, price);
  return li;
}

function showItems(list, counter, feed) {
  list.replaceChildren(...feed.items.map((item) => itemRow(item, feed.currency)));
  const available = feed.items.filter((item) => item.inStock).length;
  counter.textContent = `${available} of ${feed.items.length} in stock`;
}

function showFailure(banner, message) {
  banner.hidden = false;
  banner.textContent = message;
}

function clearFailure(banner) {
  banner.hidden = true;
  banner.textContent = "";
}

function loadFeed(elements, category) {
  const { list, counter, banner, spinner } = elements;
  spinner.hidden = false;
  const url = `${FEED_URL}?category=${encodeURIComponent(category)}`;
  fetch(url).then(
    async (res) => {
      if (!res.ok) {
        throw new Error(`feed answered ${res.status}`);
      }
      const feed = await res.json();
      clearFailure(banner);
      showItems(list, counter, feed);
      spinner.hidden = true;
    },
    (err) => {
      spinner.hidden = true;
      showFailure(banner, `Could not load the feed: ${err.message}`);
    }
  );
}

function start(doc) {
  const elements = {
    list: doc.querySelector("#items"),
    counter: doc.querySelector("#counter"),
    banner: doc.querySelector("#banner"),
    spinner: doc.querySelector("#spinner"),
  };
  const picker = doc.querySelector("#category");
  picker.addEventListener("change", () => loadFeed(elements, picker.value));
  loadFeed(elements, picker.value);
}

export { formatPrice, itemRow, loadFeed, start };
