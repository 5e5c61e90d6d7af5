// Implements an older interface id.

#include "TestDoubleEngine.h"

class WrongIidEngine : public QObject, public vv::test::TestDoubleBehaviour {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "no.veiviser.EvaluationEngine/0" FILE "manifests/wrong_iid.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
};

#include "Broken_wrong_iid.moc"
