// Made for a Veiviser that does not exist yet.

#include "TestDoubleEngine.h"

class FutureVersionEngine : public QObject, public vv::test::TestDoubleBehaviour {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "no.veiviser.EvaluationEngine/1" FILE "manifests/future_version.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
};

#include "Broken_future_version.moc"
