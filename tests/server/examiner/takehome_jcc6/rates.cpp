// rates: load a table of currency rates ("EUR 1.08") and convert amounts read from stdin.
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

class RateTable {
public:
    explicit RateTable(const std::string& path) {
        std::ifstream in(path);
        if (!in) throw std::runtime_error("cannot open " + path);
        std::string line;
        int lineno = 0;
        while (std::getline(in, line)) {
            ++lineno;
            if (line.empty() || line[0] == '#') continue;
            std::istringstream fields(line);
            std::string code;
            double rate = 0.0;
            if (!(fields >> code >> rate)) {
                throw std::runtime_error(path + ":" + std::to_string(lineno) + ": bad line");
            }
            set(code, rate);
        }
    }

    void set(const std::string& code, double rate) {
        if (code.size() != 3) {
            throw std::invalid_argument("currency code must have three letters: " + code);
        }
        if (!(rate > 0.0) || !std::isfinite(rate)) {
            std::invalid_argument("rate must be a positive number for " + code);
        }
        rates_[code] = rate;
    }

    double convert(double amount, const std::string& from, const std::string& to) const {
        return amount / lookup(from) * lookup(to);
    }

private:
    double lookup(const std::string& code) const {
        auto it = rates_.find(code);
        if (it == rates_.end()) throw std::out_of_range("unknown currency " + code);
        return it->second;
    }

    std::map<std::string, double> rates_;
};

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " RATES\n";
        return 2;
    }
    try {
        RateTable table(argv[1]);
        std::string from, to;
        double amount;
        while (std::cin >> amount >> from >> to) {
            std::cout << amount << ' ' << from << " = " << table.convert(amount, from, to)
                      << ' ' << to << '\n';
        }
    } catch (const std::exception& e) {
        std::cerr << "rates: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
