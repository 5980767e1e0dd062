#include <iostream>
#include <map>
#include <string>
#include <string_view>

class Registry {
public:
    void add(const std::string& key, const std::string& value) { items_[key] = value; }

    std::string_view label(const std::string& key) const {
        auto it = items_.find(key);
        if (it == items_.end()) {
            return std::string("missing:") + key;
        }
        return it->second;
    }

    const std::string& first_or(const std::string& fallback) const {
        if (items_.empty()) return fallback;
        return items_.begin()->second;
    }

private:
    std::map<std::string, std::string> items_;
};

int main() {
    Registry r;
    r.add("a", "alpha");
    std::cout << r.label("a") << "\n";
    std::cout << r.label("zz") << "\n";
    const std::string& f = r.first_or("none");
    std::cout << f << "\n";
}
