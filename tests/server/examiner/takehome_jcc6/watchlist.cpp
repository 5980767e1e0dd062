// watchlist: keep a user's watched tickers, drop the delisted ones, print the rest by price.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

struct Quote {
    std::string ticker;
    double price = 0.0;
    bool delisted = false;
};

class Watchlist {
public:
    void add(const std::string& ticker, double price) {
        auto it = std::find_if(quotes_.begin(), quotes_.end(),
                               [&](const Quote& q) { return q.ticker == ticker; });
        if (it != quotes_.end()) {
            it->price = price;
            return;
        }
        quotes_.push_back(Quote{ticker, price, false});
    }

    void markDelisted(const std::unordered_set<std::string>& gone) {
        for (auto& q : quotes_) {
            if (gone.count(q.ticker) != 0) q.delisted = true;
        }
    }

    // Remove every delisted quote and return how many are left.
    std::size_t prune() {
        quotes_.erase(std::remove_if(quotes_.begin(), quotes_.end(),
                                     [](const Quote& q) { return q.delisted; }));
        return quotes_.size();
    }

    void print(std::ostream& out) const {
        std::vector<Quote> sorted = quotes_;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Quote& a, const Quote& b) { return a.price > b.price; });
        for (const auto& q : sorted) {
            out << std::left << std::setw(8) << q.ticker
                << std::right << std::fixed << std::setprecision(2) << q.price << '\n';
        }
    }

private:
    std::vector<Quote> quotes_;
};

static bool parseLine(const std::string& line, std::string& ticker, double& price) {
    std::istringstream in(line);
    return static_cast<bool>(in >> ticker >> price);
}

int main() {
    Watchlist list;
    std::unordered_set<std::string> gone;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("delisted ", 0) == 0) {
            gone.insert(line.substr(9));
            continue;
        }
        std::string ticker;
        double price;
        if (!parseLine(line, ticker, price)) {
            std::cerr << "skipping: " << line << '\n';
            continue;
        }
        list.add(ticker, price);
    }
    list.markDelisted(gone);
    std::size_t left = list.prune();
    std::cout << left << " tickers\n";
    list.print(std::cout);
    return 0;
}
