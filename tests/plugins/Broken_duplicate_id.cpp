// Claims the id of the good test double.

#include "TestDoubleEngine.h"

class DuplicateIdEngine : public QObject, public vv::test::TestDoubleBehaviour {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "no.veiviser.EvaluationEngine/1" FILE "manifests/duplicate_id.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
};

#include "Broken_duplicate_id.moc"
