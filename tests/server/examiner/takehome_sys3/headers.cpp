// Reads HTTP request headers from stdin and decides how the response is cached and encoded.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <string>

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return "";
    }
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

}  // namespace

class Headers {
public:
    bool add_line(const std::string& line) {
        const auto colon = line.find(':');
        if (colon == std::string::npos || colon == 0) {
            return false;
        }
        fields_[lower(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
        return true;
    }

    std::string get(const std::string& name) const {
        auto it = fields_.find(lower(name));
        return it == fields_.end() ? "" : it->second;
    }

    bool accepts_gzip() const {
        const std::string enc = lower(get("accept-encoding"));
        return enc.find("gzip") != std::string::npos;
    }

    bool is_api_request() const {
        const std::string path = get(":path");
        return path.rfind("/api/", 0) == 0;
    }

    bool may_cache() const {
        const std::string control = lower(get("cache-control"));
        if (control.find("no-store")) {
            return false;
        }
        return true;
    }

    std::size_t count() const { return fields_.size(); }

private:
    std::map<std::string, std::string> fields_;
};

int main() {
    Headers headers;
    std::string line;
    int skipped = 0;
    while (std::getline(std::cin, line)) {
        if (trim(line).empty()) {
            break;
        }
        if (!headers.add_line(line)) {
            ++skipped;
        }
    }
    std::cout << headers.count() << " headers, " << skipped << " skipped\n";
    std::cout << "gzip: " << (headers.accepts_gzip() ? "yes" : "no") << '\n';
    std::cout << "api: " << (headers.is_api_request() ? "yes" : "no") << '\n';
    std::cout << "cache: " << (headers.may_cache() ? "yes" : "no") << '\n';
    return 0;
}
