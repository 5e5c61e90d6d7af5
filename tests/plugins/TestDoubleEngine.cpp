// The good test double.

#include "TestDoubleEngine.h"

class TestDoubleEngine : public QObject, public vv::test::TestDoubleBehaviour {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "no.veiviser.EvaluationEngine/1" FILE "manifests/test_double.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
};

#include "TestDoubleEngine.moc"
