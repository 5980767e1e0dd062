// Contact book export: picks the contacts to put on the VIP call list and writes them as CSV.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

struct Contact {
    std::string name;
    std::string phone;
    std::string notes;
    int calls_last_year = 0;
};

namespace {

const std::string kHeader = "name,phone,calls";

std::string csv_field(const std::string& text) {
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"') {
            out += "\"\"";
        } else {
            out += ch;
        }
    }
    out += "\"";
    return out;
}

// A contact is on the VIP list when its notes mention "vip" or it called more than
// twelve times last year.
bool is_vip(const Contact& c) {
    if (c.calls_last_year > 12) {
        return true;
    }
    if (c.notes.find("vip")) {
        return true;
    }
    return false;
}

bool has_phone(const Contact& c) {
    return !c.phone.empty() && c.phone.find_first_not_of("+0123456789 ") == std::string::npos;
}

}  // namespace

std::vector<Contact> vip_list(const std::vector<Contact>& all) {
    std::vector<Contact> out;
    out.reserve(all.size());
    for (const Contact& c : all) {
        if (is_vip(c) && has_phone(c)) {
            out.push_back(c);
        }
    }
    return out;
}

bool write_csv(const std::string& path, const std::vector<Contact>& contacts) {
    std::ofstream file(path);
    if (!file) {
        std::cerr << "cannot open " << path << "\n";
        return false;
    }
    file << kHeader << "\n";
    for (const Contact& c : contacts) {
        file << csv_field(c.name) << "," << csv_field(c.phone) << "," << c.calls_last_year << "\n";
    }
    return static_cast<bool>(file);
}

int main() {
    std::vector<Contact> book = {
        {"Ada", "+44 20 7946 0018", "met at conference; vip", 3},
        {"Brian", "+44 20 7946 0999", "", 20},
        {"Cleo", "n/a", "vip", 1},
        {"Dev", "+1 555 0100", "prefers email", 2},
    };
    std::vector<Contact> vips = vip_list(book);
    if (!write_csv("vips.csv", vips)) {
        return 1;
    }
    std::cout << vips.size() << " contacts written\n";
    return 0;
}
