// exporter: write a list of orders as CSV or JSON lines, chosen on the command line.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Order {
    std::string id;
    std::string customer;
    double total;
};

class Exporter {
public:
    explicit Exporter(std::ostream& out) : out_(out) {
        writeHeader();
    }
    virtual ~Exporter() = default;

    void exportAll(const std::vector<Order>& orders) {
        for (const Order& o : orders) {
            writeRow(o);
            ++rows_;
        }
    }

    std::size_t rows() const { return rows_; }

protected:
    virtual void writeHeader() {}
    virtual void writeRow(const Order& o) = 0;
    std::ostream& out_;

private:
    std::size_t rows_ = 0;
};

class CsvExporter : public Exporter {
public:
    using Exporter::Exporter;

protected:
    void writeHeader() override { out_ << "id,customer,total\n"; }
    void writeRow(const Order& o) override {
        out_ << o.id << ',' << quoted(o.customer) << ',' << o.total << '\n';
    }

private:
    static std::string quoted(const std::string& s) {
        std::string q = "\"";
        for (char c : s) {
            if (c == '"') q += '"';
            q += c;
        }
        return q + "\"";
    }
};

class JsonLinesExporter : public Exporter {
public:
    using Exporter::Exporter;

protected:
    void writeRow(const Order& o) override {
        out_ << "{\"id\":\"" << o.id << "\",\"total\":" << o.total << "}\n";
    }
};

std::unique_ptr<Exporter> makeExporter(const std::string& format, std::ostream& out) {
    if (format == "csv") return std::make_unique<CsvExporter>(out);
    if (format == "jsonl") return std::make_unique<JsonLinesExporter>(out);
    return nullptr;
}

int main(int argc, char** argv) {
    std::string format = argc > 1 ? argv[1] : "csv";
    std::vector<Order> orders = {
        {"A-1", "Ada", 19.5},
        {"A-2", "Grace \"Amazing\" Hopper", 7.25},
        {"A-3", "Linus", 102.0},
    };
    auto exporter = makeExporter(format, std::cout);
    if (!exporter) {
        std::cerr << "unknown format: " << format << '\n';
        return 1;
    }
    exporter->exportAll(orders);
    std::cerr << exporter->rows() << " rows written\n";
    return 0;
}
