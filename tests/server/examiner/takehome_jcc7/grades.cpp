#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <vector>

// Reads "student score" pairs and prints each student's average and the class average.

struct Tally {
    double total = 0.0;
    int count = 0;

    double average() const { return count ? total / count : 0.0; }
};

class Gradebook {
public:
    void load(std::istream& in) {
        std::string student;
        double score = 0.0;
        while (!in.eof()) {
            in >> student >> score;
            if (score < 0.0 || score > 100.0) {
                std::cerr << "ignoring score " << score << " for " << student << "\n";
                continue;
            }
            Tally& t = byStudent_[student];
            t.total += score;
            t.count += 1;
            overall_.total += score;
            overall_.count += 1;
        }
    }

    void report(std::ostream& out) const {
        out << std::fixed << std::setprecision(1);
        for (const auto& [student, tally] : byStudent_) {
            out << std::left << std::setw(12) << student << tally.average()
                << " (" << tally.count << " marks)\n";
        }
        out << "class average: " << overall_.average() << "\n";
    }

    std::vector<std::string> below(double mark) const {
        std::vector<std::string> out;
        for (const auto& [student, tally] : byStudent_) {
            if (tally.average() < mark) {
                out.push_back(student);
            }
        }
        return out;
    }

private:
    std::map<std::string, Tally> byStudent_;
    Tally overall_;
};

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: grades FILE\n";
        return 2;
    }
    std::ifstream file(argv[1]);
    if (!file) {
        std::cerr << "cannot open " << argv[1] << "\n";
        return 1;
    }
    Gradebook book;
    book.load(file);
    book.report(std::cout);
    for (const std::string& s : book.below(50.0)) {
        std::cout << "needs support: " << s << "\n";
    }
    return 0;
}
