// Reads orders ("id;customer;item,item,...;total" per line) and prints the revenue per
// customer and the largest order.
#include <algorithm>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

struct Order {
    std::string id;
    std::string customer;
    std::vector<std::string> items;
    double total = 0.0;
};

static std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string piece;
    std::istringstream in(s);
    while (std::getline(in, piece, sep)) {
        out.push_back(piece);
    }
    return out;
}

static bool parse(const std::string& line, Order& o) {
    auto fields = split(line, ';');
    if (fields.size() != 4) {
        return false;
    }
    o.id = fields[0];
    o.customer = fields[1];
    o.items = split(fields[2], ',');
    try {
        o.total = std::stod(fields[3]);
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

static std::map<std::string, double> revenueByCustomer(const std::vector<Order>& orders) {
    std::map<std::string, double> out;
    for (auto o : orders) {
        out[o.customer] += o.total;
    }
    return out;
}

static const Order* largest(const std::vector<Order>& orders) {
    auto it = std::max_element(orders.begin(), orders.end(),
                               [](const Order& a, const Order& b) { return a.total < b.total; });
    return it == orders.end() ? nullptr : &*it;
}

int main() {
    std::vector<Order> orders;
    std::string line;
    int bad = 0;
    while (std::getline(std::cin, line)) {
        Order o;
        if (parse(line, o)) {
            orders.push_back(std::move(o));
        } else {
            ++bad;
        }
    }
    for (const auto& [customer, sum] : revenueByCustomer(orders)) {
        std::cout << customer << "\t" << sum << "\n";
    }
    if (const Order* top = largest(orders)) {
        std::cout << "largest: " << top->id << " (" << top->items.size() << " items)\n";
    }
    if (bad > 0) {
        std::cerr << bad << " lines skipped\n";
    }
    return 0;
}
