// The highlighter behind the evidence viewer: KDE's engine as a process, the definition chosen by name or MIME
// type, the theme by palette, the caps and the timeout, and the sanitiser that stands between its output and the
// viewer.

#include "TestSupport.h"

#include "evidence/Highlighter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::evidence;

class TestHighlighter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void definitionByName_data();
    void definitionByName();
    void themeFollowsPalette();
    void contentCannotInjectMarkup();
    void largeTextIsCut();
    void unknownSyntaxIsAnError();
    void timeoutKillsTheProcess();
    void outputIsCapped();
    void cancelStops();
    void missingProgram();
    void sanitizer_data();
    void sanitizer();
    void plainTextIsEscaped();

private:
    QString script(const QString &name, const QByteArray &body);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHighlighter::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!KateHighlighter().isAvailable())
        QFAIL("kate-syntax-highlighter is missing: install libkf5syntaxhighlighting-tools (scripts/setup-deps)");
}

QString TestHighlighter::script(const QString &name, const QByteArray &body)
{
    const QString p = m_dir->filePath(name);
    QFile f(p);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\n" + body + "\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return p;
}

void TestHighlighter::definitionByName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("definition");
    QTest::newRow("JSON") << QStringLiteral("metrics.json") << QStringLiteral("application/json")
                          << QByteArray("{\"auc\": 0.91, \"ok\": true}\n") << QStringLiteral("JSON");
    QTest::newRow("YAML") << QStringLiteral("suite.yaml") << QStringLiteral("application/x-yaml")
                          << QByteArray("cases:\n  - id: 1\n") << QStringLiteral("YAML");
    QTest::newRow("CSV") << QStringLiteral("roc.csv") << QStringLiteral("text/csv") << QByteArray("fpr,tpr\n0,0\n")
                         << QStringLiteral("CSV");
    QTest::newRow("Markdown") << QStringLiteral("README.md") << QStringLiteral("text/markdown")
                              << QByteArray("# Title\n*em*\n") << QStringLiteral("Markdown");
    QTest::newRow("Python") << QStringLiteral("train.py") << QStringLiteral("text/x-python")
                            << QByteArray("def f(x):\n    return x\n") << QStringLiteral("Python");
    QTest::newRow("log") << QStringLiteral("run.log") << QStringLiteral("text/x-log")
                         << QByteArray("2025-01-01 12:00:00 ERROR failed\n") << QStringLiteral("Log File (simplified)");
    QTest::newRow("no extension: by MIME type") << QStringLiteral("metrics") << QStringLiteral("application/json")
                                                << QByteArray("{\"a\": 1}\n") << QStringLiteral("JSON");
    QTest::newRow("Latin-1 text") << QStringLiteral("notes.md") << QStringLiteral("text/markdown")
                                  << QByteArray("# Bl\xe5" "b\xe6" "r\n") << QStringLiteral("Markdown");
}

void TestHighlighter::definitionByName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, mediaType);
    QFETCH(QByteArray, text);
    QFETCH(QString, definition);
    KateHighlighter h;
    auto out = h.highlight({fileName, mediaType, text, Highlighter::Theme::Light});
    QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().toString()));
    QCOMPARE(out->definition, definition);
    QVERIFY(!out->truncated);
    QVERIFY(out->html.startsWith(QStringLiteral("<pre style=\"background-color:#ffffff;color:#1f1c1b\">")));
    QVERIFY(out->html.endsWith(QStringLiteral("</pre>")));
    QVERIFY2(out->html.contains(QStringLiteral("<span style=\"")), qPrintable(out->html));
    if (fileName == QStringLiteral("notes.md"))
        QVERIFY2(out->html.contains(QStringLiteral("Blåbær")), qPrintable(out->html));
}

void TestHighlighter::themeFollowsPalette()
{
    KateHighlighter h;
    auto dark = h.highlight({QStringLiteral("a.json"), {}, QByteArray("{\"a\": 1}"), Highlighter::Theme::Dark});
    auto light = h.highlight({QStringLiteral("a.json"), {}, QByteArray("{\"a\": 1}"), Highlighter::Theme::Light});
    QVERIFY(dark.ok() && light.ok());
    QVERIFY2(dark->html.startsWith(QStringLiteral("<pre style=\"background-color:#232629;color:#cfcfc2\">")),
             qPrintable(dark->html));
    QVERIFY(dark->html != light->html);
}

void TestHighlighter::contentCannotInjectMarkup()
{
    KateHighlighter h;
    const QByteArray evil = "{\"x\": \"<script>alert(1)</script><img src=file:///etc/passwd>\"}\n"
                            "<a href=\"http://example.org\">link</a> &nbsp; </pre><b>";
    auto out = h.highlight({QStringLiteral("evil.json"), {}, evil, Highlighter::Theme::Light});
    QVERIFY(out.ok());
    for (const char *bad : {"<script", "<img", "<a ", "</pre><b>", "<b>"})
        QVERIFY2(!out->html.contains(QLatin1String(bad)), bad);
    QVERIFY(out->html.contains(QStringLiteral("&lt;script&gt;")));
    QCOMPARE(out->html.count(QStringLiteral("</pre>")), 1);
}

void TestHighlighter::largeTextIsCut()
{
    KateHighlighter::Options o;
    o.maxInputBytes = 1000;
    KateHighlighter h(o);
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "line " + QByteArray::number(i) + "\n";
    auto out = h.highlight({QStringLiteral("a.log"), {}, text, Highlighter::Theme::Light});
    QVERIFY(out.ok());
    QVERIFY(out->truncated);
    QVERIFY(out->html.contains(QStringLiteral("line 10")));
    QVERIFY(!out->html.contains(QStringLiteral("line 199")));
    bool truncated = false;
    QCOMPARE(headForHighlighting("abc\ndef\nghi", 9, &truncated), QByteArrayView("abc\ndef\n"));
    QVERIFY(truncated);
    QCOMPARE(headForHighlighting("abc", 9, &truncated), QByteArrayView("abc"));
    QVERIFY(!truncated);
}

void TestHighlighter::unknownSyntaxIsAnError()
{
    KateHighlighter h;
    auto out = h.highlight({QStringLiteral("blob.unknownext"), QStringLiteral("application/octet-stream"),
                            QByteArray("abc"), Highlighter::Theme::Light});
    QVERIFY(!out.ok());
    QVERIFY(out.error().toString().contains(QStringLiteral("no syntax definition")));
}

void TestHighlighter::timeoutKillsTheProcess()
{
    KateHighlighter::Options o;
    o.program = script(QStringLiteral("slow"), "exec sleep 30");
    o.timeoutMs = 300;
    KateHighlighter h(o);
    QElapsedTimer t;
    t.start();
    auto out = h.highlight({QStringLiteral("a.json"), {}, QByteArray("{}"), Highlighter::Theme::Light});
    QVERIFY(!out.ok());
    QVERIFY2(out.error().toString().contains(QStringLiteral("took longer")), qPrintable(out.error().toString()));
    QVERIFY(t.elapsed() < 10000); // killed, not waited for
}

void TestHighlighter::outputIsCapped()
{
    KateHighlighter::Options o;
    o.program = script(QStringLiteral("chatty"), "head -c 3000000 /dev/zero");
    o.maxOutputBytes = 1 << 20;
    KateHighlighter h(o);
    auto out = h.highlight({QStringLiteral("a.json"), {}, QByteArray("{}"), Highlighter::Theme::Light});
    QVERIFY(!out.ok());
    QVERIFY2(out.error().toString().contains(QStringLiteral("more than")), qPrintable(out.error().toString()));
}

void TestHighlighter::cancelStops()
{
    KateHighlighter::Options o;
    o.program = script(QStringLiteral("slow2"), "exec sleep 30");
    KateHighlighter h(o);
    CancellationToken cancel;
    cancel.cancel();
    auto out = h.highlight({QStringLiteral("a.json"), {}, QByteArray("{}"), Highlighter::Theme::Light}, &cancel);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind(), Error::Kind::Cancelled);
}

void TestHighlighter::missingProgram()
{
    KateHighlighter::Options o;
    o.program = m_dir->filePath(QStringLiteral("does-not-exist"));
    KateHighlighter h(o);
    QVERIFY(!h.isAvailable());
    auto out = h.highlight({QStringLiteral("a.json"), {}, QByteArray("{}"), Highlighter::Theme::Light});
    QVERIFY(!out.ok());
    QVERIFY(out.error().toString().contains(QStringLiteral("libkf5syntaxhighlighting-tools")));
}

void TestHighlighter::sanitizer_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("expected");
    const QString head = QStringLiteral("<html><head><meta name=\"generator\" content=\"KF5::SyntaxHighlighting - "
                                        "Definition (Log File (simplified)) - Theme (Breeze Light)\"/></head>"
                                        "<body style=\"background-color:#ffffff;color:#1f1c1b\"><pre>\n");
    const QString tail = QStringLiteral("</pre></body></html>");
    const QString pre = QStringLiteral("<pre style=\"background-color:#ffffff;color:#1f1c1b\">");
    QTest::newRow("spans and entities kept") << head + QStringLiteral("<span style=\"color:#0057ae;font-weight:bold;\">"
                                                                      "&quot;a&quot;</span> &lt;b&gt; &amp; &#169;") + tail
                                             << pre + QStringLiteral("<span style=\"color:#0057ae;font-weight:bold\">"
                                                                     "&quot;a&quot;</span> &lt;b&gt; &amp; &#169;</pre>");
    QTest::newRow("script dropped") << head + QStringLiteral("a<script>alert(1)</script>b") + tail
                                    << pre + QStringLiteral("aalert(1)b</pre>");
    QTest::newRow("links and images dropped") << head + QStringLiteral("<a href=\"x\">t</a><img src=\"f\">") + tail
                                              << pre + QStringLiteral("t</pre>");
    QTest::newRow("unsafe style values dropped")
        << head + QStringLiteral("<span style=\"color:red;background-image:url(http://x);font-style:italic\">t</span>") + tail
        << pre + QStringLiteral("<span style=\"font-style:italic\">t</span></pre>");
    QTest::newRow("span with other attributes dropped")
        << head + QStringLiteral("<span onclick=\"x()\" style=\"color:#000000\">t</span>") + tail
        << pre + QStringLiteral("t</pre>");
    QTest::newRow("unbalanced spans closed") << head + QStringLiteral("<span style=\"color:#111111\">a") + tail
                                             << pre + QStringLiteral("<span style=\"color:#111111\">a</span></pre>");
    QTest::newRow("stray close dropped") << head + QStringLiteral("a</span>b") + tail << pre + QStringLiteral("ab</pre>");
    QTest::newRow("bare ampersand and quotes escaped") << head + QStringLiteral("a & \"b\" > c") + tail
                                                       << pre + QStringLiteral("a &amp; &quot;b&quot; &gt; c</pre>");
    QTest::newRow("unknown entity escaped") << head + QStringLiteral("&nbsp;&lt") + tail
                                            << pre + QStringLiteral("&amp;nbsp;&amp;lt</pre>");
    QTest::newRow("unclosed tag") << head + QStringLiteral("a <span style") + tail
                                  << pre + QStringLiteral("a &lt;span style</pre>");
    QTest::newRow("no pre at all") << QStringLiteral("<html><body>nothing</body></html>") << QStringLiteral("<pre style=\"\"></pre>");
    QTest::newRow("body style filtered") << QStringLiteral("<body style=\"background:url(x);color:#abcdef\"><pre>x</pre>")
                                         << QStringLiteral("<pre style=\"color:#abcdef\">x</pre>");
}

void TestHighlighter::sanitizer()
{
    QFETCH(QString, page);
    QFETCH(QString, expected);
    QString definition;
    QCOMPARE(sanitizeHighlightedHtml(page, &definition), expected);
    if (page.contains(QStringLiteral("generator")))
        QCOMPARE(definition, QStringLiteral("Log File (simplified)"));
}

void TestHighlighter::plainTextIsEscaped()
{
    QCOMPARE(plainTextHtml(QStringLiteral("<b>&"), Highlighter::Theme::Dark),
             QStringLiteral("<pre style=\"background-color:#232629;color:#cfcfc2\">&lt;b&gt;&amp;</pre>"));
}

QTEST_GUILESS_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
